import { parseArgs } from "node:util";
import { runCli } from "./cli";
import { createUser, InvalidInput } from "@/lib/users/create-user";

const USAGE = `用法：npm run user:create -- --email 邮箱 --name 姓名 --role admin|reviewer|editor \\
         [--department 区县代码-部门编码]… [--district 区县名称]… --password 密码`;

await runCli(async ({ db }) => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        department: { type: "string", multiple: true },
        district: { type: "string", multiple: true },
        password: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 1;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    const user = await createUser({
      db,
      actor: null,
      input: {
        email: values.email ?? "",
        name: values.name ?? "",
        role: (values.role ?? "") as "admin",
        departments: values.department ?? [],
        districts: values.district ?? [],
        password: values.password ?? "",
      },
    });
    console.log(`已创建账号 ${user.email}（${user.role}），编号 ${user.id}。`);
    return 0;
  } catch (e) {
    if (!(e instanceof InvalidInput)) throw e;
    console.error(`未创建账号：\n${e.problems.map((p) => `  --${p.field}：${p.message}`).join("\n")}\n${USAGE}`);
    return 1;
  }
});

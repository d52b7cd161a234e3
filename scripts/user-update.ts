import { parseArgs } from "node:util";
import { runCli } from "./cli";
import { InvalidInput } from "@/lib/users/input-error";
import { updateUser } from "@/lib/users/update-user";

const USAGE = `用法：npm run user:update -- --email 邮箱 [--role admin|reviewer|editor] [--department 区县代码-部门编码]…
         [--district 区县名称]… [--password 新密码] [--disable | --enable] [--unlock]
改变角色、密码或停用账号会立即结束该账号的所有会话。`;

await runCli(async ({ db }) => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: "string" },
        role: { type: "string" },
        department: { type: "string", multiple: true },
        district: { type: "string", multiple: true },
        password: { type: "string" },
        disable: { type: "boolean" },
        enable: { type: "boolean" },
        unlock: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 1;
  }
  if (values.help || !values.email || (values.disable && values.enable)) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 1;
  }
  try {
    const { revokedSessions } = await updateUser({
      db,
      email: values.email,
      actor: null,
      changes: {
        role: values.role as "admin" | undefined,
        departments: values.department,
        districts: values.district,
        password: values.password,
        disabled: values.disable ? true : values.enable ? false : undefined,
        unlock: values.unlock,
      },
    });
    console.log(`已更新账号 ${values.email}${revokedSessions ? "，其所有会话已结束" : ""}。`);
    return 0;
  } catch (e) {
    if (!(e instanceof InvalidInput)) throw e;
    console.error(`未更新账号：\n${e.problems.map((p) => `  --${p.field}：${p.message}`).join("\n")}`);
    return 1;
  }
});

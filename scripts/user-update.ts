import { runCli } from "./cli";
import { updateUser } from "@/lib/users/update-user";

const USAGE = `用法：npm run user:update -- --email 邮箱 [--role admin|reviewer|editor] [--department 区县代码-部门编码]…
         [--district 区县名称]… [--password 新密码] [--disable | --enable] [--unlock]
改变角色、密码或停用账号会立即结束该账号的所有会话；--unlock 清除该账号的登录失败记录。`;

await runCli({
  usage: USAGE,
  options: {
    email: { type: "string" },
    role: { type: "string" },
    department: { type: "string", multiple: true },
    district: { type: "string", multiple: true },
    password: { type: "string" },
    disable: { type: "boolean" },
    enable: { type: "boolean" },
    unlock: { type: "boolean" },
  },
  main: async ({ values }, database) => {
    const { db } = await database();
    if (!values.email || (values.disable && values.enable)) {
      console.error(USAGE);
      return 1;
    }
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
  },
});

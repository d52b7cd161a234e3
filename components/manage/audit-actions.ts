/** The actions the audit log records, with what they mean (for the filter and the entries). */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.login": "登录",
  "auth.lockout": "登录锁定",
  "auth.logout": "退出登录",
  "auth.session_end": "会话结束",
  "user.create": "新建用户",
  "user.update": "修改用户",
  "department.create": "新建部门",
  "department.update": "修改部门",
  "token.create": "创建接口令牌",
  "token.revoke": "吊销接口令牌",
  "disclosure.create": "新建公开文件",
  "disclosure.save": "保存公开文件",
  "disclosure.submit": "提交审核",
  "disclosure.return": "退回修改",
  "disclosure.approve": "审核通过",
  "disclosure.publish": "公开发布",
  "disclosure.retract": "撤回公开",
  "comment.answer": "答复审核意见",
};

export const actionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;

/** What to tell the admin about the user's sessions after a change. */
export const signOutNotice = (revoked: boolean) => (revoked ? "该用户已在所有设备上退出登录。" : "");

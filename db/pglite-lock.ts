import fs from "node:fs";
import os from "node:os";

/**
 * One process owns a PGlite data directory: two would corrupt it, and PGlite has no lock of
 * its own. The lock is a file created exclusively, naming the owner's pid; a lock whose
 * process is gone (a crash, kill -9) is taken over at once.
 */
export class DatabaseLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder,
  ) {
    super(
      `嵌入式数据库正被另一个进程使用（进程号 ${holder.pid}，${holder.command}，自 ${holder.since} 起）。` +
        `同一数据目录同一时间只能由一个进程打开，否则数据会损坏。` +
        `请先停止该进程（例如正在运行的 npm start）再执行本命令，或设置 DATABASE_URL 连接 PostgreSQL 服务器。` +
        `如确认该进程已不存在，可删除锁文件 ${lockPath}。`,
    );
    this.name = "DatabaseLockedError";
  }
}

interface LockHolder {
  pid: number;
  host: string;
  command: string;
  since: string;
}

function readHolder(lockPath: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockHolder;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function acquireDirectoryLock(lockPath: string): () => void {
  const me: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    command: process.argv.slice(1, 3).join(" "),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me), { flag: "wx", mode: 0o600 });
      const release = () => {
        if (readHolder(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
        process.off("exit", release);
      };
      process.on("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const holder = readHolder(lockPath);
    if (holder && holder.host === me.host && holder.pid !== process.pid && isAlive(holder.pid)) {
      throw new DatabaseLockedError(lockPath, holder);
    }
    if (holder && holder.host !== me.host) throw new DatabaseLockedError(lockPath, holder);
    // the holder is gone (or is this very process, after a crash of its own handle): take over
    fs.rmSync(lockPath, { force: true });
  }
  throw new DatabaseLockedError(lockPath, readHolder(lockPath) ?? me);
}

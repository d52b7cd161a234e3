import type { Project, ProjectTarget } from "@/lib/disclosure/schema";
import { compact } from "./lines";

/** Project codes look like 50010922T000000086182: a long run of digits, maybe with a letter inside. */
const PROJECT_LABEL = /^([0-9][0-9A-Za-z]{7,})\s*[-－—]\s*(.+)$/;

/** "50010922T000000086182-大厅运行经费" → code and name; a label without a code keeps code null. */
export function splitProjectLabel(label: string): { code: string | null; name: string } {
  const text = label.trim();
  const match = text.match(PROJECT_LABEL);
  return match ? { code: match[1]!, name: match[2]!.trim() } : { code: null, name: text };
}

/**
 * One list of projects from the project list, the performance targets and the procurement table, in
 * that order of authority: a later source only fills in what an earlier one left out.
 */
export function mergeProjects(sources: Project[][]): Project[] {
  const merged: Project[] = [];
  // the same project is sometimes printed with a slightly different code in another table: match by name too
  const find = (p: Project) =>
    merged.find((m) => (p.code && m.code === p.code) || compact(m.name) === compact(p.name));
  for (const project of sources.flat()) {
    const existing = find(project);
    if (!existing) {
      merged.push({ ...project });
      continue;
    }
    existing.code ??= project.code;
    if (existing.amount === null) existing.amount = project.amount;
    existing.category ??= project.category;
    existing.functionCode ??= project.functionCode;
  }
  return merged;
}

export function projectFromTarget(target: ProjectTarget & { category: string | null }): Project {
  return {
    code: target.projectCode,
    name: target.projectName,
    amount: target.amount,
    category: target.category,
    functionCode: null,
  };
}

"use client";

import { useEffect, useState } from "react";
import { departmentOptionsAction } from "@/app/admin/departments/actions";

export type DepartmentOption = { id: number; code: string; name: string };

/** The departments of a district, loaded from the server when the district changes. */
export function useDepartmentOptions(districtCode: string) {
  const [loaded, setLoaded] = useState<{ districtCode: string; options: DepartmentOption[]; error: string | null } | null>(null);
  useEffect(() => {
    if (!districtCode) return;
    let live = true;
    void departmentOptionsAction({ districtCode }).then((r) => {
      if (live) setLoaded({ districtCode, options: r.ok ? r.data : [], error: r.ok ? null : r.error });
    });
    return () => {
      live = false;
    };
  }, [districtCode]);
  const current = loaded?.districtCode === districtCode ? loaded : null;
  return { options: current?.options ?? [], loading: !!districtCode && !current, error: current?.error ?? null };
}

export interface GovernanceBodiesTable {
  id: string;
  tenant_id: string;
  kind: string; // BodyKind
  name: string;
  meetings_per_year: number | null;
  description: string;
  created_at: string;
}
export interface OrgTables {
  governance_bodies: GovernanceBodiesTable;
}

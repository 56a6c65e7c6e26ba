export interface PartnersTable {
  id: string;
  tenant_id: string;
  kind: string; // PartnerKind
  name: string;
  /** What the partner offers carers, in Swedish */
  offers: string;
  /** JSON: { [locale]: { offers } } */
  translations: string;
  /** JSON array of TargetGroup; empty = every carer */
  target_groups: string;
  contact: string;
  url: string | null;
  /** member of the municipality's anhörigråd (carers' council) */
  council_member: number;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface PartnersTables {
  partners: PartnersTable;
}

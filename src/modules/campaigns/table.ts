export interface OutreachCampaignsTable {
  id: string;
  tenant_id: string;
  name: string;
  /** Who the campaign looks for, e.g. "äldre anhöriga som bor med sin make eller maka" */
  target: string;
  description: string;
  /** JSON array of OutreachChannel */
  channels: string;
  /** YYYY-MM-DD */
  starts_on: string;
  /** YYYY-MM-DD, inclusive */
  ends_on: string;
  /** Whole kronor */
  cost_kr: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface OutreachTables {
  outreach_campaigns: OutreachCampaignsTable;
}

export interface InfoPagesTable {
  id: string;
  tenant_id: string;
  /** url part, unique per municipality, e.g. 'vad-ar-anhorigstod' */
  slug: string;
  sort_order: number;
  /** JSON array of TargetGroup; empty = every carer */
  target_groups: string;
  published: number;
  /** 'YYYY-MM-DD' the text was last checked by staff */
  last_reviewed_on: string | null;
  /** The staff user responsible for keeping the page up to date */
  review_owner_id: string | null;
  created_at: string;
  updated_at: string;
}

/** One row per language a page is written in; Swedish always exists. */
export interface InfoPageTextsTable {
  id: string;
  tenant_id: string;
  page_id: string;
  locale: string; // ContentLocale
  title: string;
  summary: string;
  /** tiny markup rendered by platform/views/rich-text.tsx */
  body: string;
}

export interface PagesTables {
  info_pages: InfoPagesTable;
  info_page_texts: InfoPageTextsTable;
}

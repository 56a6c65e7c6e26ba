import type { Permission } from '../../platform/auth/permissions.js';

// Any staff member refers (referrals:create); the specialists whose contacts:inbox roles cover
// the unit a referral was routed to see it and handle it (referrals:handle). The referrer sees
// only that it was received and whether contact was made.
export const CREATE: Permission = 'referrals:create';
export const INBOX: Permission = 'contacts:inbox';
export const HANDLE: Permission = 'referrals:handle';
export const RECORD_ASSESSMENT: Permission = 'needs_assessment:record';

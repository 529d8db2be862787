import { http } from '../../../shared/api';

/** GET /api/privacy/policy: what the Datenschutzerklärung states, from the settings the platform runs with. */
export interface PrivacyPolicy {
  controller: {
    name: string;
    address: string;
    email: string;
    dataProtectionOfficer: string;
    supervisoryAuthority: string;
  };
  retention: {
    contactRequestsDays: number;
    conversationsDays: number;
    accessibilityReportsDays: number;
    statisticsDays: number;
    jobIntervalHours: number;
    enabled: boolean;
  };
  consents: { purpose: string; textVersion: string }[];
}

export const policyApi = {
  policy: (signal?: AbortSignal) => http.get<PrivacyPolicy>('/api/privacy/policy', { signal }),
};

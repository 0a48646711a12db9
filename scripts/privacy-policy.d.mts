export const README: string;
export const POLICY: string;
export function readmePromise(readme?: string): string;
export function policyPromise(policy?: string): string;

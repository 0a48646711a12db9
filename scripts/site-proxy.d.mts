export const PROXIED_HOSTS: string[];
export function startSiteProxy(options: { targetPort: number; hosts?: readonly string[] }): Promise<{
  port: number;
  tunnelled: string[];
  refused: string[];
  close(): Promise<void>;
}>;

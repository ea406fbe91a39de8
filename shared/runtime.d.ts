// The one web API shipped shared/ code uses (report routes): URLSearchParams, a global in every browser and in Node.
declare class URLSearchParams {
  constructor(init?: string | Record<string, string>);
  get(name: string): string | null;
  set(name: string, value: string): void;
  toString(): string;
}

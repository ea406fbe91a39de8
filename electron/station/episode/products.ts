// The product catalogue: the built-in labels' rules plus products a site adds (another BCMA CAR-T, a trial product).
import type { StationDb } from '../db/open';
import { BUILTIN_PRODUCTS, productSchema, type Product } from '../../../shared/episode/products';

export class ProductRepository {
  constructor(private readonly db: StationDb) {}

  list(): Product[] {
    const site = (this.db.prepare('SELECT definition_json FROM products ORDER BY code').pluck().all() as string[]).map((json) => productSchema.parse(JSON.parse(json)));
    return [...BUILTIN_PRODUCTS, ...site];
  }

  byCode(code: string): Product | null {
    return this.list().find((p) => p.code === code) ?? null;
  }

  add(product: Product, staffId: number, now: number): void {
    this.db.prepare('INSERT INTO products (code, definition_json, created_by, created_ms) VALUES (?, ?, ?, ?)').run(product.code, JSON.stringify({ ...product, builtin: false }), staffId, now);
  }
}

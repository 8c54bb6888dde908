import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKindId, type KindId } from '../../../src/lib/taxonomy';
import { classify } from '../../../src/loader/classify';

/**
 * Accuracy on pastes nobody wrote signals from (tests/fixtures/held-out/). Only totals are printed, never which
 * pastes fail, so the set stays blind; each batch must not fall below the score it had on first contact
 * (tests/fixtures/README.md), and the totals are what the closing note of an issue reports.
 */
interface HeldOut {
  id: string;
  text: string;
  expected: { kind: KindId; retryable: boolean | null; status: number | null };
  client: string | null;
}

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'held-out');
/** First-contact scores (kind, retry, status) of each batch, as recorded in tests/fixtures/README.md. */
const FIRST_CONTACT: Record<string, { kind: number; retry: number; status: number }> = {
  'b1-providers.jsonl': { kind: 0.576, retry: 0.818, status: 0.596 },
  'b2-tools.jsonl': { kind: 0.683, retry: 0.72, status: 0.564 },
  'b3-wider.jsonl': { kind: 0.788, retry: 0.827, status: 0.868 },
  'b4-mainstream.jsonl': { kind: 0.755, retry: 0.796, status: 0.971 },
  'b8-fresh.jsonl': { kind: 0.823, retry: 0.919, status: 0.976 },
  'b9-fresh.jsonl': { kind: 0.846, retry: 0.877, status: 0.889 },
  'b10-fresh.jsonl': { kind: 0.738, retry: 0.833, status: 0.957 },
  'b11-fresh.jsonl': { kind: 0.813, retry: 0.827, status: 0.919 },
  'b12-fresh.jsonl': { kind: 0.826, retry: 0.826, status: 1 },
  'b13-fresh.jsonl': { kind: 0.78, retry: 0.82, status: 0.897 },
  'b14-fresh.jsonl': { kind: 0.75, retry: 0.804, status: 1 },
  'b15-fresh.jsonl': { kind: 0.914, retry: 0.845, status: 0.973 },
  'b16-fresh.jsonl': { kind: 0.846, retry: 0.872, status: 0.905 },
  'b17-fresh.jsonl': { kind: 0.625, retry: 0.667, status: 0.952 },
  'b18-fresh.jsonl': { kind: 0.745, retry: 0.818, status: 0.87 },
  'b20-fresh.jsonl': { kind: 0.732, retry: 0.854, status: 0.923 },
  'b21-fresh.jsonl': { kind: 0.813, retry: 0.875, status: 0.966 },
  'b23-fresh.jsonl': { kind: 0.857, retry: 0.878, status: 1 },
  'b24-fresh.jsonl': { kind: 0.738, retry: 0.857, status: 0.938 },
  'b25-fresh.jsonl': { kind: 0.809, retry: 0.617, status: 1 },
  'b26-fresh.jsonl': { kind: 0.702, retry: 0.684, status: 0.9 },
  'b22-fresh.jsonl': { kind: 0.729, retry: 0.847, status: 0.935 },
  'b19-fresh.jsonl': { kind: 0.805, retry: 0.659, status: 1 },
  'b27-fresh.jsonl': { kind: 0.803, retry: 0.823, status: 0.903 },
  'b28-fresh.jsonl': { kind: 0.631, retry: 0.657, status: 0.857 },
  'b29-fresh.jsonl': { kind: 0.681, retry: 0.818, status: 0.869 },
  'b30-fresh.jsonl': { kind: 0.884, retry: 0.903, status: 0.925 },
  'b31-fresh.jsonl': { kind: 0.833, retry: 0.895, status: 1 },
  'b32-fresh.jsonl': { kind: 0.76, retry: 0.84, status: 0.892 },
  'b33-fresh.jsonl': { kind: 0.708, retry: 0.666, status: 0.904 },
  'b34-fresh.jsonl': { kind: 0.784, retry: 0.823, status: 0.92 },
  'b35-fresh.jsonl': { kind: 0.693, retry: 0.612, status: 0.888 },
  'b36-fresh.jsonl': { kind: 0.714, retry: 0.714, status: 1 },
  'b37-fresh.jsonl': { kind: 0.75, retry: 0.75, status: 0.866 },
  'b38-fresh.jsonl': { kind: 0.666, retry: 0.666, status: 1 },
  'b42-fresh.jsonl': { kind: 0.648, retry: 0.685, status: 0.848 },
  'b45-fresh.jsonl': { kind: 0.87, retry: 0.806, status: 1 },
  'b41-fresh.jsonl': { kind: 0.857, retry: 0.833, status: 0.96 },
  'b39-fresh.jsonl': { kind: 0.714, retry: 0.571, status: 1 },
  'b40-fresh.jsonl': { kind: 0.936, retry: 0.872, status: 0.96 },
  'b44-fresh.jsonl': { kind: 0.709, retry: 0.636, status: 0.92 },
  'b43-fresh.jsonl': { kind: 0.813, retry: 0.61, status: 1 },
  'b47-fresh.jsonl': { kind: 0.815, retry: 0.789, status: 0.954 },
  'b48-fresh.jsonl': { kind: 0.813, retry: 0.79, status: 1 },
  'b46-fresh.jsonl': { kind: 0.903, retry: 0.935, status: 1 },
  'b49-fresh.jsonl': { kind: 0.739, retry: 0.739, status: 1 },
  'b50-fresh.jsonl': { kind: 0.901, retry: 0.901, status: 0.971 },
  'b51-fresh.jsonl': { kind: 0.857, retry: 0.785, status: 0.923 },
  'b52-fresh.jsonl': { kind: 0.882, retry: 0.852, status: 0.956 },
  'b53-fresh.jsonl': { kind: 0.769, retry: 0.769, status: 0.9 },
  'b54-fresh.jsonl': { kind: 0.754, retry: 0.849, status: 0.933 },
  'b55-fresh.jsonl': { kind: 0.923, retry: 0.923, status: 0.967 },
  'b56-fresh.jsonl': { kind: 0.75, retry: 0.805, status: 1 },
  'b57-fresh.jsonl': { kind: 0.695, retry: 0.782, status: 0.866 },
  'b58-fresh.jsonl': { kind: 0.743, retry: 0.794, status: 0.896 },
  'b59-fresh.jsonl': { kind: 0.828, retry: 0.8, status: 0.888 },
  'b60-fresh.jsonl': { kind: 0.65, retry: 0.75, status: 1 },
  'b61-fresh.jsonl': { kind: 0.933, retry: 0.9, status: 0.941 },
  'b62-fresh.jsonl': { kind: 1, retry: 0.818, status: 1 },
  'b63-fresh.jsonl': { kind: 0.813, retry: 0.767, status: 0.95 },
  'b64-fresh.jsonl': { kind: 0.833, retry: 1, status: 0.916 },
  'b65-fresh.jsonl': { kind: 1, retry: 0.92, status: 0.941 },
  'b66-fresh.jsonl': { kind: 0.78, retry: 0.56, status: 1 },
  'b67-fresh.jsonl': { kind: 0.9, retry: 0.833, status: 1 },
  'b68-fresh.jsonl': { kind: 0.944, retry: 1, status: 0.928 },
  'b69-fresh.jsonl': { kind: 0.862, retry: 1, status: 0.935 },
  'b70-fresh.jsonl': { kind: 0.736, retry: 1, status: 1 },
  'b71-fresh.jsonl': { kind: 0.861, retry: 0.888, status: 1 },
  'b72-fresh.jsonl': { kind: 0.739, retry: 0.826, status: 1 },
  'b73-fresh.jsonl': { kind: 0.838, retry: 0.774, status: 0.933 },
  'b74-fresh.jsonl': { kind: 0.766, retry: 0.8, status: 0.916 },
  'b75-fresh.jsonl': { kind: 0.848, retry: 0.787, status: 1 },
  'b76-fresh.jsonl': { kind: 0.682, retry: 0.829, status: 0.964 },
  'b77-fresh.jsonl': { kind: 0.75, retry: 0.928, status: 0.739 },
  'b78-fresh.jsonl': { kind: 0.901, retry: 0.784, status: 0.885 },
  'b79-fresh.jsonl': { kind: 0.613, retry: 0.727, status: 0.95 },
  'b80-fresh.jsonl': { kind: 0.945, retry: 0.756, status: 0.928 },
  'b81-fresh.jsonl': { kind: 0.97, retry: 0.852, status: 1 },
  'b84-fresh.jsonl': { kind: 0.777, retry: 0.851, status: 0.739 },
  'b85-fresh.jsonl': { kind: 0.833, retry: 0.805, status: 1 },
  'b86-fresh.jsonl': { kind: 0.904, retry: 0.69, status: 0.896 },
  'b87-fresh.jsonl': { kind: 0.848, retry: 1, status: 0.827 },
  'b88-fresh.jsonl': { kind: 0.947, retry: 0.947, status: 0.833 },
  'b89-fresh.jsonl': { kind: 0.862, retry: 0.689, status: 0.92 },
  'b90-fresh.jsonl': { kind: 0.875, retry: 0.975, status: 0.897 },
  'b82-fresh.jsonl': { kind: 0.911, retry: 0.888, status: 0.914 },
  'b83-fresh.jsonl': { kind: 0.846, retry: 0.769, status: 0.88 },
  'b91-fresh.jsonl': { kind: 0.875, retry: 0.656, status: 0.789 },
  'b92-fresh.jsonl': { kind: 0.923, retry: 0.769, status: 1 },
  'b93-fresh.jsonl': { kind: 0.818, retry: 0.818, status: 1 },
  'b94-fresh.jsonl': { kind: 0.692, retry: 0.423, status: 1 },
  'b95-fresh.jsonl': { kind: 0.878, retry: 0.926, status: 0.871 },
  'b96-fresh.jsonl': { kind: 0.861, retry: 0.777, status: 0.896 },
  'b98-fresh.jsonl': { kind: 0.805, retry: 0.833, status: 0.956 },
  'b100-fresh.jsonl': { kind: 0.866, retry: 0.833, status: 0.96 },
  'b101-fresh.jsonl': { kind: 0.807, retry: 0.923, status: 0.9 },
  'b102-fresh.jsonl': { kind: 0.772, retry: 0.636, status: 0.866 },
  'b103-fresh.jsonl': { kind: 0.677, retry: 0.774, status: 0.772 },
  'b97-fresh.jsonl': { kind: 0.631, retry: 0.684, status: 0.888 },
  'b99-fresh.jsonl': { kind: 0.7, retry: 0.7, status: 0.875 },
  'b104-fresh.jsonl': { kind: 0.538, retry: 0.769, status: 1 },
  'b105-fresh.jsonl': { kind: 0.692, retry: 0.769, status: 0.857 },
  'b106-fresh.jsonl': { kind: 0.866, retry: 0.8, status: 0.846 },
  'b107-fresh.jsonl': { kind: 0.8, retry: 0.65, status: 0.933 },
  'b108-fresh.jsonl': { kind: 0.916, retry: 0.791, status: 0.894 },
  'b109-fresh.jsonl': { kind: 0.875, retry: 0.687, status: 1 },
  'b110-fresh.jsonl': { kind: 0.76, retry: 0.64, status: 0.933 },
  'b112-fresh.jsonl': { kind: 0.884, retry: 0.807, status: 0.869 },
  'b111-fresh.jsonl': { kind: 0.8, retry: 0.64, status: 0.923 },
  'b113-fresh.jsonl': { kind: 0.653, retry: 0.73, status: 0.636 },
  'b114-fresh.jsonl': { kind: 0.8, retry: 0.8, status: 0.761 },
  'b115-fresh.jsonl': { kind: 0.774, retry: 0.838, status: 0.869 },
  'b117-fresh.jsonl': { kind: 0.928, retry: 0.785, status: 0.923 },
  'b116-fresh.jsonl': { kind: 0.882, retry: 0.882, status: 0.923 },
  'b118-fresh.jsonl': { kind: 0.588, retry: 0.705, status: 0.818 },
  'b119-fresh.jsonl': { kind: 0.863, retry: 0.454, status: 0.7 },
  'b120-fresh.jsonl': { kind: 0.5, retry: 0.636, status: 0.625 },
  'b121-fresh.jsonl': { kind: 0.888, retry: 0.888, status: 0.909 },
  'b123-fresh.jsonl': { kind: 1, retry: 0.904, status: 1 },
  'b122-fresh.jsonl': { kind: 0.652, retry: 0.565, status: 0.916 },
  'b124-fresh.jsonl': { kind: 0.833, retry: 0.625, status: 0.933 },
  'b126-fresh.jsonl': { kind: 0.857, retry: 0.571, status: 0.923 },
  'b125-fresh.jsonl': { kind: 0.85, retry: 0.55, status: 1 },
  'b127-fresh.jsonl': { kind: 0.636, retry: 0.727, status: 0.75 },
  'b128-fresh.jsonl': { kind: 0.875, retry: 0.958, status: 0.954 },
  'b129-fresh.jsonl': { kind: 0.888, retry: 0.333, status: 1 },
  'b131-fresh.jsonl': { kind: 0.633, retry: 0.566, status: 0.882 },
  'b132-fresh.jsonl': { kind: 0.866, retry: 0.844, status: 0.968 },
  'b133-fresh.jsonl': { kind: 0.806, retry: 0.58, status: 0.875 },
  'b130-fresh.jsonl': { kind: 0.652, retry: 0.739, status: 0.714 },
  'b135-fresh.jsonl': { kind: 0.812, retry: 0.812, status: 0.958 },
  'b136-fresh.jsonl': { kind: 0.85, retry: 0.8, status: 0.866 },
  'b137-fresh.jsonl': { kind: 0.923, retry: 0.846, status: 0.9 },
  'b134-fresh.jsonl': { kind: 0.739, retry: 0.782, status: 0.714 },
  'b138-fresh.jsonl': { kind: 0.363, retry: 0.636, status: 0.714 },
  'b139-fresh.jsonl': { kind: 0.923, retry: 0.846, status: 0.909 },
  'b144-fresh.jsonl': { kind: 0.576, retry: 0.769, status: 0.75 },
  'b140-fresh.jsonl': { kind: 0.821, retry: 0.928, status: 0.956 },
  'b141-fresh.jsonl': { kind: 0.731, retry: 0.878, status: 0.862 },
  'b142-fresh.jsonl': { kind: 0.807, retry: 0.73, status: 0.785 },
  'b145-fresh.jsonl': { kind: 0.833, retry: 0.694, status: 0.925 },
  'b143-fresh.jsonl': { kind: 0.766, retry: 0.8, status: 0.818 },
  'b146-fresh.jsonl': { kind: 0.785, retry: 1, status: 0.9 },
  'b147-fresh.jsonl': { kind: 0.739, retry: 0.913, status: 0.937 },
  'b148-fresh.jsonl': { kind: 0.714, retry: 0.6, status: 1 },
  'b149-fresh.jsonl': { kind: 0.875, retry: 0.958, status: 0.891 },
  'b150-fresh.jsonl': { kind: 0.821, retry: 1, status: 0.958 },
  'b151-fresh.jsonl': { kind: 0.863, retry: 0.954, status: 1 },
  'b152-fresh.jsonl': { kind: 0.714, retry: 0.904, status: 0.764 },
  'b153-fresh.jsonl': { kind: 0.783, retry: 0.702, status: 0.913 },
  'b155-fresh.jsonl': { kind: 0.904, retry: 0.761, status: 0.842 },
  'b156-fresh.jsonl': { kind: 0.69, retry: 0.309, status: 1 },
  'b157-fresh.jsonl': { kind: 0.953, retry: 1, status: 0.883 },
  'b158-fresh.jsonl': { kind: 0.538, retry: 0.423, status: 0.333 },
  'b159-fresh.jsonl': { kind: 0.617, retry: 0.829, status: 0.774 },
  'b160-fresh.jsonl': { kind: 0.812, retry: 0.75, status: 0.875 },
  'b154-fresh.jsonl': { kind: 0.75, retry: 0.916, status: 1 },
  'b162-fresh.jsonl': { kind: 0.863, retry: 0.772, status: 1 },
  'b163-fresh.jsonl': { kind: 0.653, retry: 0.923, status: 0.952 },
  'b161-fresh.jsonl': { kind: 0.6, retry: 0.92, status: 0.764 },
  'b164-fresh.jsonl': { kind: 0.896, retry: 0.758, status: 1 },
  'b165-fresh.jsonl': { kind: 0.913, retry: 0.782, status: 1 },
  'b166-fresh.jsonl': { kind: 0.827, retry: 0.931, status: 0.92 },
  'b167-fresh.jsonl': { kind: 0.969, retry: 1, status: 0.933 },
  'b171-fresh.jsonl': { kind: 0.757, retry: 0.666, status: 0.916 },
  'b172-fresh.jsonl': { kind: 0.857, retry: 0.666, status: 0.882 },
  'b169-fresh.jsonl': { kind: 0.882, retry: 0.647, status: 1 },
  'b168-fresh.jsonl': { kind: 0.892, retry: 1, status: 0.875 },
  'b170-fresh.jsonl': { kind: 0.666, retry: 0.952, status: 1 },
  'b173-fresh.jsonl': { kind: 0.884, retry: 0.923, status: 1 },
  'b176-fresh.jsonl': { kind: 0.714, retry: 0.642, status: 1 },
  'b174-fresh.jsonl': { kind: 0.571, retry: 0.857, status: 0.85 },
  'b175-fresh.jsonl': { kind: 0.866, retry: 0.866, status: 1 },
  'b178-fresh.jsonl': { kind: 1, retry: 0.846, status: 0.9 },
  'b177-fresh.jsonl': { kind: 0.727, retry: 0.818, status: 0.9 },
  'b179-fresh.jsonl': { kind: 0.565, retry: 0.608, status: 0.769 },
  'b180-fresh.jsonl': { kind: 0.92, retry: 0.84, status: 0.944 },
  'b181-fresh.jsonl': { kind: 0.8, retry: 0.72, status: 1 },
  'b182-fresh.jsonl': { kind: 0.8, retry: 0.7, status: 0.882 },
  'b183-fresh.jsonl': { kind: 0.842, retry: 0.789, status: 1 },
  'b184-fresh.jsonl': { kind: 0.961, retry: 0.961, status: 0.958 },
  'b186-fresh.jsonl': { kind: 0.909, retry: 0.909, status: 0.906 },
  'b185-fresh.jsonl': { kind: 0.846, retry: 0.923, status: 0.947 },
  'b187-fresh.jsonl': { kind: 0.64, retry: 0.8, status: 0.705 },
  'b189-fresh.jsonl': { kind: 0.62, retry: 0.275, status: 0.5 },
  'b190-fresh.jsonl': { kind: 0.8, retry: 1, status: 0.894 },
  'b188-fresh.jsonl': { kind: 0.842, retry: 0.631, status: 1 },
  'b191-fresh.jsonl': { kind: 0.826, retry: 0.695, status: 1 },
  'b192-fresh.jsonl': { kind: 0.857, retry: 0.857, status: 1 },
  'b193-fresh.jsonl': { kind: 0.947, retry: 0.947, status: 1 },
  'b194-fresh.jsonl': { kind: 0.875, retry: 0.791, status: 1 },
  'b195-fresh.jsonl': { kind: 0.517, retry: 0.689, status: 0.916 },
  'b196-fresh.jsonl': { kind: 0.517, retry: 0.62, status: 0.875 },
  'b199-fresh.jsonl': { kind: 0.894, retry: 0.842, status: 1 },
  'b202-fresh.jsonl': { kind: 0.857, retry: 0.952, status: 1 },
  'b197-fresh.jsonl': { kind: 0.869, retry: 0.782, status: 0.941 },
  'b198-fresh.jsonl': { kind: 0.888, retry: 0.722, status: 0.846 },
  'b200-fresh.jsonl': { kind: 0.666, retry: 0.875, status: 1 },
  'b201-fresh.jsonl': { kind: 0.869, retry: 0.652, status: 1 },
  'b203-fresh.jsonl': { kind: 0.96, retry: 0.8, status: 1 },
  'b204-fresh.jsonl': { kind: 0.708, retry: 0.708, status: 0.933 },
  'b205-fresh.jsonl': { kind: 0.793, retry: 0.827, status: 0.904 },
  'b206-fresh.jsonl': { kind: 0.692, retry: 0.807, status: 1 },
  'b207-fresh.jsonl': { kind: 0.833, retry: 0.75, status: 0.961 },
  'b208-fresh.jsonl': { kind: 0.875, retry: 0.916, status: 1 },
  'b209-fresh.jsonl': { kind: 0.59, retry: 0.545, status: 0.833 },
  'b210-fresh.jsonl': { kind: 0.875, retry: 0.875, status: 0.904 },
  'b211-fresh.jsonl': { kind: 0.833, retry: 0.791, status: 0.85 },
  'b212-fresh.jsonl': { kind: 0.894, retry: 0.842, status: 1 },
  'b213-fresh.jsonl': { kind: 0.833, retry: 0.75, status: 1 },
  'b214-fresh.jsonl': { kind: 0.789, retry: 0.736, status: 0.857 },
  'b215-fresh.jsonl': { kind: 0.739, retry: 0.782, status: 0.777 },
  'b216-fresh.jsonl': { kind: 0.909, retry: 0.681, status: 1 },
  'b217-fresh.jsonl': { kind: 0.904, retry: 0.809, status: 1 },
  'b218-fresh.jsonl': { kind: 0.714, retry: 0.761, status: 1 },
  'b219-fresh.jsonl': { kind: 0.8, retry: 0.533, status: 1 },
  'b220-fresh.jsonl': { kind: 0.863, retry: 0.818, status: 0.928 },
  'b221-fresh.jsonl': { kind: 0.909, retry: 1, status: 1 },
  'b222-fresh.jsonl': { kind: 0.461, retry: 0.576, status: 0.666 },
  'b223-fresh.jsonl': { kind: 0.777, retry: 0.833, status: 1 },
  'b224-fresh.jsonl': { kind: 0.923, retry: 0.769, status: 0.916 },
  'b225-fresh.jsonl': { kind: 0.8, retry: 1, status: 0.888 },
  'b226-fresh.jsonl': { kind: 0.909, retry: 0.909, status: 1 },
  'b227-fresh.jsonl': { kind: 0.857, retry: 0.761, status: 0.937 },
  'b228-fresh.jsonl': { kind: 0.846, retry: 0.923, status: 1 },
  'b229-fresh.jsonl': { kind: 0.833, retry: 0.75, status: 1 },
  'b230-fresh.jsonl': { kind: 1, retry: 0.7, status: 1 },
  'b231-fresh.jsonl': { kind: 0.812, retry: 0.937, status: 1 },
  'b232-fresh.jsonl': { kind: 0.642, retry: 0.857, status: 1 },
  'b233-fresh.jsonl': { kind: 0.666, retry: 0.8, status: 0.916 },
  'b234-fresh.jsonl': { kind: 1, retry: 0.888, status: 1 },
  'b235-fresh.jsonl': { kind: 0.875, retry: 0.875, status: 1 },
  'b236-fresh.jsonl': { kind: 0.833, retry: 0.833, status: 1 },
  'b237-fresh.jsonl': { kind: 0.882, retry: 0.882, status: 1 },
  'b238-fresh.jsonl': { kind: 0.8, retry: 0.9, status: 0.833 },
  'b239-fresh.jsonl': { kind: 0.857, retry: 0.785, status: 0.727 },
  'b240-fresh.jsonl': { kind: 1, retry: 0.5, status: 1 },
  'b241-fresh.jsonl': { kind: 0.833, retry: 0.666, status: 1 },
  'b242-fresh.jsonl': { kind: 0.933, retry: 0.8, status: 0.916 },
  'b243-fresh.jsonl': { kind: 0.916, retry: 0.583, status: 0.909 },
  'b244-fresh.jsonl': { kind: 0.789, retry: 0.842, status: 1 },
  'b245-fresh.jsonl': { kind: 0.863, retry: 0.863, status: 0.928 },
  'b246-fresh.jsonl': { kind: 0.923, retry: 0.923, status: 1 },
  'b247-fresh.jsonl': { kind: 0.85, retry: 0.75, status: 1 },
  'b248-fresh.jsonl': { kind: 0.8, retry: 0.266, status: 1 },
  'b249-fresh.jsonl': { kind: 1, retry: 0.5, status: 1 },
  'b250-fresh.jsonl': { kind: 0.75, retry: 0.75, status: 1 },
  'b251-fresh.jsonl': { kind: 0.823, retry: 0.882, status: 1 },
  'b252-fresh.jsonl': { kind: 0.842, retry: 0.789, status: 1 },
  'b253-fresh.jsonl': { kind: 0.692, retry: 0.692, status: 1 },
  'b254-fresh.jsonl': { kind: 0.875, retry: 0.625, status: 0.785 },
  'b255-fresh.jsonl': { kind: 0.866, retry: 0.733, status: 1 },
  'b256-fresh.jsonl': { kind: 0.857, retry: 0.857, status: 0.833 },
  'b257-fresh.jsonl': { kind: 0.7, retry: 0.9, status: 0.833 },
  'b258-fresh.jsonl': { kind: 0.714, retry: 0.571, status: 0.333 },
  'b259-fresh.jsonl': { kind: 0.894, retry: 1, status: 0.947 },
  'b260-fresh.jsonl': { kind: 0.666, retry: 0.555, status: 1 },
  'b261-fresh.jsonl': { kind: 1, retry: 1, status: 1 },
  'b262-fresh.jsonl': { kind: 0.875, retry: 0.437, status: 1 },
  'b263-fresh.jsonl': { kind: 0.666, retry: 0.333, status: 1 },
  'b264-fresh.jsonl': { kind: 0.666, retry: 0.666, status: 1 },
  'b265-fresh.jsonl': { kind: 0.857, retry: 0.785, status: 1 },
  'b266-fresh.jsonl': { kind: 0.687, retry: 0.75, status: 1 },
  'b267-fresh.jsonl': { kind: 0.692, retry: 0.923, status: 1 },
  'b268-fresh.jsonl': { kind: 1, retry: 0.888, status: 1 },
  'b269-fresh.jsonl': { kind: 0.875, retry: 0.687, status: 0.5 },
  'b270-fresh.jsonl': { kind: 1, retry: 0.894, status: 1 },
  'b271-fresh.jsonl': { kind: 0.875, retry: 0.937, status: 0.857 },
  'b272-fresh.jsonl': { kind: 0.818, retry: 0.636, status: 1 },
  'b273-fresh.jsonl': { kind: 0.9, retry: 0.6, status: 1 },
  'b279-fresh.jsonl': { kind: 0.714, retry: 0.857, status: 0.909 },
  'b274-fresh.jsonl': { kind: 0.8, retry: 0.866, status: 1 },
  'b278-fresh.jsonl': { kind: 0.7, retry: 0.7, status: 1 },
  'b275-fresh.jsonl': { kind: 0.5, retry: 0.625, status: 0.6 },
  'b276-fresh.jsonl': { kind: 0.75, retry: 0.666, status: 1 },
  'b280-fresh.jsonl': { kind: 0.764, retry: 0.647, status: 1 },
  'b277-fresh.jsonl': { kind: 0.666, retry: 0.555, status: 1 },
  'b286-fresh.jsonl': { kind: 0.733, retry: 0.866, status: 1 },
  'b282-fresh.jsonl': { kind: 0.944, retry: 0.833, status: 0.937 },
  'b285-fresh.jsonl': { kind: 0.909, retry: 0.818, status: 1 },
  'b284-fresh.jsonl': { kind: 1, retry: 0.714, status: 1 },
  'b281-fresh.jsonl': { kind: 0.8, retry: 0.8, status: 1 },
  'b283-fresh.jsonl': { kind: 0.75, retry: 0.75, status: 0.833 },
  'b287-fresh.jsonl': { kind: 1, retry: 0.857, status: 1 },
  'b288-fresh.jsonl': { kind: 1, retry: 0.833, status: 1 },
  'b289-fresh.jsonl': { kind: 0.687, retry: 1, status: 0.857 },
  'b290-fresh.jsonl': { kind: 0.928, retry: 0.714, status: 1 },
  'b291-fresh.jsonl': { kind: 0.916, retry: 0.833, status: 1 },
  'b292-fresh.jsonl': { kind: 0.538, retry: 0.615, status: 1 },
  'b293-fresh.jsonl': { kind: 0.937, retry: 0.875, status: 1 },
  'b294-fresh.jsonl': { kind: 0.761, retry: 0.476, status: 1 },
  'b295-fresh.jsonl': { kind: 1, retry: 0.727, status: 1 },
  'b296-fresh.jsonl': { kind: 0.769, retry: 0.923, status: 0.888 },
  'b297-fresh.jsonl': { kind: 0.777, retry: 0.666, status: 1 },
  'b298-fresh.jsonl': { kind: 0.928, retry: 0.857, status: 1 },
  'b299-fresh.jsonl': { kind: 0.4, retry: 0.4, status: 0.8 },
  'b300-fresh.jsonl': { kind: 0.857, retry: 0.642, status: 1 },
  'b301-fresh.jsonl': { kind: 0.875, retry: 0.875, status: 1 },
  'b302-fresh.jsonl': { kind: 0.727, retry: 0.636, status: 0.875 },
  'b303-fresh.jsonl': { kind: 0.571, retry: 0.571, status: 0.666 },
  'b304-fresh.jsonl': { kind: 0.857, retry: 0.785, status: 0.875 },
  'b305-fresh.jsonl': { kind: 0.857, retry: 0.857, status: 1 },
  'b306-fresh.jsonl': { kind: 0.666, retry: 0.777, status: 1 },
  'b307-fresh.jsonl': { kind: 0.636, retry: 0.454, status: 1 },
  'b308-fresh.jsonl': { kind: 0.8, retry: 0.733, status: 0.875 },
  'b309-fresh.jsonl': { kind: 0.888, retry: 1, status: 1 },
  'b310-fresh.jsonl': { kind: 0.857, retry: 0.571, status: 1 },
  'b311-fresh.jsonl': { kind: 1, retry: 0.833, status: 0.833 },
  'b312-fresh.jsonl': { kind: 1, retry: 1, status: 1 },
  'b313-fresh.jsonl': { kind: 0.944, retry: 1, status: 1 },
  'b314-fresh.jsonl': { kind: 0.846, retry: 0.769, status: 0.833 },
  'b315-fresh.jsonl': { kind: 0.833, retry: 0.833, status: 1 },
  'b316-fresh.jsonl': { kind: 0.777, retry: 0.888, status: 0.875 },
  'b317-fresh.jsonl': { kind: 0.75, retry: 0.812, status: 1 },
  'b318-fresh.jsonl': { kind: 0.733, retry: 0.733, status: 0.666 },
  'b319-fresh.jsonl': { kind: 0.777, retry: 1, status: 1 },
  'b320-fresh.jsonl': { kind: 0.666, retry: 0.777, status: 1 },
  'b321-fresh.jsonl': { kind: 0.5, retry: 0.8, status: 1 },
  'b322-fresh.jsonl': { kind: 0.727, retry: 0.727, status: 0.833 },
  'b323-fresh.jsonl': { kind: 0.777, retry: 0.777, status: 1 },
  'b324-fresh.jsonl': { kind: 0.916, retry: 0.75, status: 0.75 },
  'b325-fresh.jsonl': { kind: 0.875, retry: 0.687, status: 0.8 },
  'b326-fresh.jsonl': { kind: 0.5, retry: 0.5, status: 1 },
  'b327-fresh.jsonl': { kind: 0.833, retry: 0.833, status: 1 },
  'b328-fresh.jsonl': { kind: 0.75, retry: 0.75, status: 0.846 },
  'b329-fresh.jsonl': { kind: 0.857, retry: 0.928, status: 0.9 },
  'b330-fresh.jsonl': { kind: 0.769, retry: 0.846, status: 1 },
  'b331-fresh.jsonl': { kind: 0.75, retry: 0.937, status: 1 },
  'b332-fresh.jsonl': { kind: 0.941, retry: 0.941, status: 1 },
  'b333-fresh.jsonl': { kind: 0.764, retry: 0.941, status: 0.857 },
  'b334-fresh.jsonl': { kind: 0.6, retry: 0.866, status: 1.0 },
  'b335-fresh.jsonl': { kind: 0.75, retry: 0.6, status: 0.916 },
  'b336-fresh.jsonl': { kind: 0.8, retry: 0.8, status: 1.0 },
  'b337-fresh.jsonl': { kind: 0.666, retry: 0.75, status: 1.0 },
  'b339-fresh.jsonl': { kind: 0.714, retry: 0.785, status: 1.0 },
  'b338-fresh.jsonl': { kind: 0.769, retry: 0.769, status: 1.0 },
  'b340-fresh.jsonl': { kind: 0.666, retry: 0.666, status: 1.0 },
  'b341-fresh.jsonl': { kind: 0.937, retry: 0.812, status: 0.923 },
  'b342-fresh.jsonl': { kind: 0.736, retry: 0.736, status: 1.0 },
  'b344-fresh.jsonl': { kind: 0.7, retry: 0.7, status: 1.0 },
  'b343-fresh.jsonl': { kind: 0.928, retry: 0.857, status: 1.0 },
  'b345-fresh.jsonl': { kind: 0.7, retry: 0.7, status: 1 },
  'b346-fresh.jsonl': { kind: 0.8, retry: 0.5, status: 1 },
  'b347-fresh.jsonl': { kind: 0.785, retry: 0.857, status: 1 },
  'b348-fresh.jsonl': { kind: 0.882, retry: 1, status: 1 },
  'b349-fresh.jsonl': { kind: 1, retry: 1, status: 1 },
  'b350-fresh.jsonl': { kind: 1, retry: 0.866, status: 1 },
  'b351-fresh.jsonl': { kind: 0.866, retry: 0.866, status: 1 },
  'b352-fresh.jsonl': { kind: 0.647, retry: 0.647, status: 1 },
  'b353-fresh.jsonl': { kind: 0.769, retry: 0.923, status: 0.8 },
  'b354-fresh.jsonl': { kind: 0.923, retry: 1, status: 1 },
  'b355-fresh.jsonl': { kind: 0.777, retry: 0.555, status: 1 },
  'b356-fresh.jsonl': { kind: 0.533, retry: 0.866, status: 0.833 },
  'b357-fresh.jsonl': { kind: 0.882, retry: 0.764, status: 1 },
  'b358-fresh.jsonl': { kind: 0.888, retry: 0.722, status: 1 },
  'b359-fresh.jsonl': { kind: 0.708, retry: 0.625, status: 0.9 },
  'b360-fresh.jsonl': { kind: 0.944, retry: 0.777, status: 1 },
  'b361-fresh.jsonl': { kind: 0.812, retry: 0.5, status: 1 },
  'b362-fresh.jsonl': { kind: 0.636, retry: 0.727, status: 1 },
  'b363-fresh.jsonl': { kind: 0.8, retry: 0.75, status: 1 },
  'b364-fresh.jsonl': { kind: 0.916, retry: 0.833, status: 1 },
  'b365-fresh.jsonl': { kind: 0.875, retry: 0.687, status: 1 },
  'b366-fresh.jsonl': { kind: 0.833, retry: 0.666, status: 1 },
  'b367-fresh.jsonl': { kind: 0.9, retry: 0.9, status: 1 },
  'b368-fresh.jsonl': { kind: 1, retry: 1, status: 1 },
  'b369-fresh.jsonl': { kind: 0.909, retry: 0.909, status: 1 },
  'b370-fresh.jsonl': { kind: 0.8, retry: 0.6, status: 0.666 },
  'b371-fresh.jsonl': { kind: 0.875, retry: 0.687, status: 0.9 },
  'b372-fresh.jsonl': { kind: 0.615, retry: 0.923, status: 0.833 },
  'b373-fresh.jsonl': { kind: 0.857, retry: 0.571, status: 1 },
  'b374-fresh.jsonl': { kind: 0.666, retry: 0.666, status: 1 },
  'b375-fresh.jsonl': { kind: 0.916, retry: 0.916, status: 1 },
  'b376-fresh.jsonl': { kind: 0.692, retry: 0.615, status: 1 },
  'b377-fresh.jsonl': { kind: 1, retry: 0.75, status: 1 },
  'b378-fresh.jsonl': { kind: 0.833, retry: 0.833, status: 1 },
  'b379-fresh.jsonl': { kind: 0.642, retry: 0.642, status: 1 },
  'b380-fresh.jsonl': { kind: 0.818, retry: 1, status: 1 },
  'b381-fresh.jsonl': { kind: 1, retry: 0.923, status: 1 },
  'b382-fresh.jsonl': { kind: 1, retry: 1, status: 1 },
  'b383-fresh.jsonl': { kind: 1, retry: 0.545, status: 1 },
  'b384-fresh.jsonl': { kind: 1, retry: 1, status: 1 },
  'b385-fresh.jsonl': { kind: 0.8, retry: 0.8, status: 0.857 },
  'b386-fresh.jsonl': { kind: 0.714, retry: 0.714, status: 1 },
  'b387-fresh.jsonl': { kind: 0.916, retry: 0.916, status: 0.875 },
  'b388-fresh.jsonl': { kind: 0.714, retry: 0.928, status: 0.857 },
  'b389-fresh.jsonl': { kind: 0.8, retry: 0.9, status: 1 },
  'b390-fresh.jsonl': { kind: 0.666, retry: 0.444, status: 1 },
  'b391-fresh.jsonl': { kind: 0.8, retry: 0.5, status: 1 },
  'b392-fresh.jsonl': { kind: 0.714, retry: 0.857, status: 0.5 },
  'b393-fresh.jsonl': { kind: 0.5, retry: 0.75, status: 1 },
  'b394-fresh.jsonl': { kind: 0.857, retry: 1, status: 1 },
  'b395-fresh.jsonl': { kind: 0.666, retry: 0.666, status: 1 },
  'b396-fresh.jsonl': { kind: 0.8, retry: 0.6, status: 1 },
  'b397-fresh.jsonl': { kind: 0.333, retry: 0.777, status: 1 },
  'b398-fresh.jsonl': { kind: 0.571, retry: 0.857, status: 1 },
  'b399-fresh.jsonl': { kind: 0.727, retry: 0.909, status: 0.75 },
  'b400-fresh.jsonl': { kind: 0.833, retry: 0.666, status: 0.833 },
  'b401-fresh.jsonl': { kind: 0.916, retry: 0.666, status: 1 },
  'b402-fresh.jsonl': { kind: 0.625, retry: 0.625, status: 1 },
};

/**
 * Retry floors set below the first-contact score on purpose, each with its reason. The first-contact scores above stay
 * as recorded.
 */
const LOCAL_SERVER = 'a server error from a local address, which its thread found passing, now answers "fix your server first"';
const TIMEOUT_RECURS = 'a timeout placed only by its words now says to raise the timeout or stream first; this thread found a later retry worked';
const NO_AUTH = 'an account-pool proxy\'s "no auth available" (CLIProxyAPI\'s auth_unavailable, and its forks\') is now read as an auth failure, no credential for the model\'s provider, as three of the four training pastes of it and the blind reader label it (training +2 kinds; over all held-out pastes kinds +1 -1, retry verdicts +2, statuses -1): this batch\'s paste of it is labelled a server error';
const NO_ACCOUNTS = 'an account-pool gateway\'s "No available accounts" (503) is now read as no account serving this model in the group, not an overload, as the three training pastes of it whose thread found the cause are labelled (training +3 kinds +4 retry verdicts; over all held-out pastes +2 -2 kinds, +3 -3 retry verdicts): one paste of this batch loses its kind and retry verdict';
const CONNECT_WORDS = 'a failed connection that only its words place ("fetch failed", "Connection error", 连接错误) now says to fix the proxy, base URL or server first; this batch has a thread where a later retry worked';
const RETRY_FLOOR_LOWERED: Record<string, { retry: number; why: string }> = {
  // A connection failure that only its words place now says "fix the path first": over all held-out pastes that gains
  // 17 retry verdicts net (7432 -> 7449: 60 gained, 43 lost), and these batches lose one or more, threads where waiting worked.
  'b165-fresh.jsonl': { retry: 0.739, why: CONNECT_WORDS },
  'b22-fresh.jsonl': { retry: 0.813, why: CONNECT_WORDS },
  'b235-fresh.jsonl': { retry: 0.75, why: CONNECT_WORDS },
  'b298-fresh.jsonl': { retry: 0.785, why: CONNECT_WORDS },
  'b373-fresh.jsonl': { retry: 0.5, why: CONNECT_WORDS },
  'b70-fresh.jsonl': { retry: 0.973, why: CONNECT_WORDS },
  'b75-fresh.jsonl': { retry: 0.696, why: CONNECT_WORDS },
  'b97-fresh.jsonl': { retry: 0.631, why: CONNECT_WORDS },
  // A timeout that only its words place (no entry of its kind) now says "don't retry as it is": over all held-out
  // pastes that gains 34 retry verdicts net (5687 -> 5721), and these six batches each lose one, a thread where waiting worked.
  'b64-fresh.jsonl': { retry: 0.916, why: `${TIMEOUT_RECURS}; and ${CONNECT_WORDS}` },
  'b67-fresh.jsonl': { retry: 0.8, why: TIMEOUT_RECURS },
  'b72-fresh.jsonl': { retry: 0.783, why: TIMEOUT_RECURS },
  'b101-fresh.jsonl': { retry: 0.846, why: TIMEOUT_RECURS },
  'b123-fresh.jsonl': { retry: 0.857, why: TIMEOUT_RECURS },
  'b188-fresh.jsonl': { retry: 0.579, why: TIMEOUT_RECURS },
  'b36-fresh.jsonl': { retry: 0.643, why: 'one paste labelled undecidable (null) that an unknown verdict now answers "don\'t retry blindly"' },
  'b61-fresh.jsonl': { retry: 0.833, why: 'two pastes labelled undecidable (null) that an unknown verdict now answers "don\'t retry blindly"' },
  // A 500 or 502 from this machine or the private network now says "fix your own server first": over all held-out
  // pastes that gains 29 retry verdicts and loses 11, one each in eleven batches; these five fall below their floor.
  'b4-mainstream.jsonl': { retry: 0.755, why: `${LOCAL_SERVER}; and ${CONNECT_WORDS}` },
  'b31-fresh.jsonl': { retry: 0.875, why: LOCAL_SERVER },
  'b65-fresh.jsonl': { retry: 0.88, why: LOCAL_SERVER },
  'b149-fresh.jsonl': { retry: 0.937, why: LOCAL_SERVER },
  'b187-fresh.jsonl': { retry: 0.76, why: LOCAL_SERVER },
  'b8-fresh.jsonl': { retry: 0.903, why: 'undici\'s UND_ERR_HEADERS_TIMEOUT now says "do not retry unchanged: stream or raise headersTimeout", as its advice did (training +4, over all held-out pastes +4 -1); this thread found the same call passed later' },
  'b74-fresh.jsonl': { retry: 0.766, why: 'tenacity\'s `RetryError[<Future … raised APIConnectionError>]` is now read as the SDK\'s connection error (training +1 kind; over all held-out pastes +2 kinds, -1 retry): this paste\'s kind is now right, and with it comes the entry\'s "retry", where its thread needed a proxy' },
  'b253-fresh.jsonl': { retry: 0.615, why: NO_ACCOUNTS },
  'b120-fresh.jsonl': { retry: 0.59, why: 'a status and colon before a Chinese message (`500: …`) now states the status: one paste gains its 500 and, with it, the server error\'s "retry", which its label does not share' },
};

/**
 * Kind floors set below the first-contact score on purpose, each with its reason: one where an entry's kind changed
 * (b23), the others for the word model (words.ts). It names a kind for pastes nothing else places: over all 5627
 * held-out pastes it gains 103 kinds (82.2 → 84.0 %) and 36 statuses, and these batches each lose one or two pastes
 * labelled "unknown" (the thread says too little) that it now gives a kind, or a guess near its threshold that a
 * recount with new training pastes moved. Where the same paste also loses its status (a word-model kind brings the
 * status the kind implies), the status floor is lowered with it.
 */
const WORD_GUESS = 'the word model gives a kind to a paste labelled unknown';
const OLLAMA_STATUS = 'a bare status from Ollama\'s own routes now reads as its cause (a 404 on /api/chat is a model not pulled, a 503 a full queue): over all held-out pastes 6 kinds gained and 2 lost; this paste is an old server without the route, or a 503 its thread blamed on another cause';
const RECOUNT = 'the word model\'s guess for one paste near its 70 % threshold moved with a recount with new training halves';
const TPM_KIND = 'one request over the tokens-per-minute limit (OpenAI\'s and Groq\'s "Request too large for ... on tokens per min") is now read as a rate limit that no wait lifts, as its code rate_limit_exceeded says, not as a body too large: the early batches labelled it request_too_large, every batch since b82 and the blind reader label it rate_limit (over all held-out pastes +12 kinds and -11 on it)';
const KIND_FLOOR_LOWERED: Record<string, { kind: number; status?: number; why: string }> = {
  'b133-fresh.jsonl': { kind: 0.774, why: `${RECOUNT} (b227's; a Telegram bot's base-URL error the word model now leaves unknown)` },
  'b205-fresh.jsonl': { kind: 0.758, why: `${RECOUNT} (b221, b222 and b224's; an Excel macro's "connection terminated" the word model now leaves unknown)` },
  'b171-fresh.jsonl': { kind: 0.727, status: 0.833, why: `${RECOUNT} (b229-b234's; a Cloudflare Workers AI "Not Found" route error the word model now leaves unknown, and the 404 its kind implied; over all held-out pastes the recount nets two kinds and one status less)` },
  'b167-fresh.jsonl': { kind: 0.939, why: OLLAMA_STATUS },
  'b65-fresh.jsonl': { kind: 0.92, why: `${OLLAMA_STATUS}; and ${TPM_KIND}` },
  'b27-fresh.jsonl': { kind: 0.784, why: TPM_KIND },
  'b52-fresh.jsonl': { kind: 0.853, why: TPM_KIND },
  'b15-fresh.jsonl': { kind: 0.896, why: WORD_GUESS },
  'b86-fresh.jsonl': { kind: 0.88, why: WORD_GUESS },
  'b111-fresh.jsonl': { kind: 0.72, why: `${WORD_GUESS} (two pastes)` },
  'b123-fresh.jsonl': { kind: 0.952, why: WORD_GUESS },
  'b147-fresh.jsonl': { kind: 0.695, why: WORD_GUESS },
  'b160-fresh.jsonl': { kind: 0.75, why: WORD_GUESS },
  'b79-fresh.jsonl': { kind: 0.59, why: WORD_GUESS },
  'b71-fresh.jsonl': { kind: 0.833, why: `${WORD_GUESS} (since the recount with b187-b190's training halves, which gains 7 kinds and 3 statuses over all held-out pastes)` },
  'b102-fresh.jsonl': { kind: 0.727, why: `${WORD_GUESS} (since the recount with b196-b203's training halves, whose 23 changed verdicts net no kind and two statuses over all earlier held-out pastes)` },
  'b185-fresh.jsonl': { kind: 0.807, status: 0.894, why: `${RECOUNT} (b208-b211's; its kind and the status that kind implies)` },
  'b170-fresh.jsonl': { kind: 0.619, why: `${RECOUNT} (b213-b215's; over all held-out pastes that recount nets one kind less and two statuses more)` },
  'b169-fresh.jsonl': { kind: 0.823, why: `${RECOUNT} (b216's, then b289-b296's: a tenacity RetryError around a connection error the word model now leaves unknown; over all held-out pastes the later recount moves 16 kinds, netting four more)` },
  'b16-fresh.jsonl': { kind: 0.82, why: 'Kiro\'s and Cerebras\'s "experiencing high traffic" (Kiro\'s reason INSUFFICIENT_MODEL_CAPACITY) is now read as an overload, as both training pastes of the wording are labelled; this batch\'s one is labelled a rate limit (over all held-out pastes -1 kind)' },
  'b23-fresh.jsonl': { kind: 0.837, why: 'OpenAI\'s account_deactivated (a 401) is now read as auth, not permission: the three training pastes of it and two held-out ones are labelled auth, this batch\'s one is labelled permission (over all held-out pastes +1 kind)' },
  'b194-fresh.jsonl': { kind: 0.875, status: 0.941, why: `${RECOUNT} (b244-b249's; a LocalAI embedding error the word model now leaves unknown, and the 400 its guess implied; over all held-out pastes that recount nets four kinds and two statuses less)` },
  'b203-fresh.jsonl': { kind: 0.92, status: 0.944, why: `${RECOUNT} (b244-b249's; an OpenClaw failover line the word model now leaves unknown)` },
  'b214-fresh.jsonl': { kind: 0.737, why: `${RECOUNT} (b274-b286's; over all held-out pastes that recount moves twelve kinds, netting zero, two statuses more and one retry less)` },
  'b248-fresh.jsonl': { kind: 0.733, why: `${RECOUNT} (b244-b249's, its own batch's training half among them; a stream that "ended early" the word model now leaves unknown)` },
  'b168-fresh.jsonl': { kind: 0.857, why: 'the word model guesses one context-window paste at about its 70 % threshold, so recounts with new training halves move it across (right at first contact, not after the recounts with b180\'s and b194\'s)' },
  'b258-fresh.jsonl': { kind: 0.571, why: `${RECOUNT} (b289-b296's; a tool's terms-of-service block the word model now leaves unknown; over all held-out pastes that recount moves 16 kinds, netting four more)` },
  'b253-fresh.jsonl': { kind: 0.538, why: `${NO_ACCOUNTS}; and ${NO_AUTH}` },
  'b333-fresh.jsonl': { kind: 0.764, status: 0.785, why: `${NO_AUTH}, and the auth failure\'s usual 401 replaces the 500 it was given` },
  'b211-fresh.jsonl': { kind: 0.792, status: 0.8, why: `${RECOUNT} (b322-b325's; its kind and the status that kind implied; over all held-out pastes that recount moves five kinds, netting three less, and three statuses, netting one less)` },
  'b294-fresh.jsonl': { kind: 0.714, why: `${RECOUNT} (b316-b321's; over all held-out pastes that recount moves eight kinds, netting two less, and gains one retry verdict and one status)` },
  'b241-fresh.jsonl': { kind: 0.75, why: `${RECOUNT} (b304-b311's; a KoboldCpp "NetworkError" whose thread never found the cause, which the word model now reads as a connection failure; over all held-out pastes that recount nets two kinds more)` },
  'b260-fresh.jsonl': { kind: 0.555, why: `${RECOUNT} (b359-b360's; over all held-out pastes that recount moves nine verdicts, netting five kinds and one status more)` },
  'b121-fresh.jsonl': { kind: 0.833, why: `${RECOUNT} (b361-b362's; over all held-out pastes that recount moves thirteen verdicts, netting no kind, retry or status)` },
  'b300-fresh.jsonl': { kind: 0.785, why: `${RECOUNT} (b366-b373's; a gpt-pilot "LLM not reachable" whose thread never found the cause, which the word model now reads as a connection failure; over all held-out pastes that recount moves nineteen verdicts, netting two kinds less and one status more)` },
  'b349-fresh.jsonl': { kind: 0.933, why: `${RECOUNT} (b366-b373's; a relay's "request blocked" the word model now leaves unknown)` },
  'b310-fresh.jsonl': { kind: 0.785, why: `${RECOUNT} (b378-b383's; a MinerU "all connection attempts failed" the word model now leaves unknown; over all held-out pastes that recount moves fifteen verdicts, netting three kinds more)` },
  'b362-fresh.jsonl': { kind: 0.545, why: 'Amazon Q\'s monthly-cap wordings ("You have reached the limit.", "Monthly limit reached", AmazonQUsageLimitError) joined its billing entry (069d1ed, from b363\'s training half): over all held-out pastes that moves seven verdicts, five kinds gained and two lost (one of them this batch\'s), one retry lost' },
  'b365-fresh.jsonl': { kind: 0.812, why: `${RECOUNT} (b395-b402's; Amazon Q's "It's not you, it's us" the word model now leaves unknown; over all held-out pastes that recount moves fifteen verdicts, nets one kind and one retry less)` },
};

/**
 * The batches recorded up to `through` (in FIRST_CONTACT's order), pooled: no change lands that lowers these; raise
 * them when a change raises the scores. The set is fixed when the floor is set: a batch added later brings its own
 * first-contact floor and would otherwise move the pooled score by its own difficulty, not by any change.
 */
const POOLED_FLOOR = { through: 'b165-fresh.jsonl', kind: 0.842, retry: 0.838, status: 0.96 };

function load(file: string): HeldOut[] {
  return readFileSync(join(DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const row = JSON.parse(line) as HeldOut;
      if (!row.text || !isKindId(row.expected?.kind)) throw new Error(`${file}:${i + 1}: needs text and expected.kind`);
      return row;
    });
}

describe('accuracy on held-out pastes', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl')).sort();

  it('every batch has its first-contact score recorded', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !(f in FIRST_CONTACT))).toEqual([]);
  });

  it.each(files)('%s stays at or above its first-contact score', (file) => {
    const rows = load(file);
    const results = rows.map((row) => ({ row, d: classify(row.text) }));
    const share = (n: number, of: number) => (of === 0 ? 1 : n / of);
    const kind = share(results.filter((r) => r.d.kind === r.row.expected.kind).length, rows.length);
    const retry = share(results.filter((r) => r.d.retryable === r.row.expected.retryable).length, rows.length);
    const stated = results.filter((r) => r.row.expected.status !== null);
    const status = share(stated.filter((r) => r.d.status === r.row.expected.status).length, stated.length);
    const printer = share(results.filter((r) => r.d.client === null || r.d.client === r.row.client).length, rows.length);
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    console.log(`${file}: ${rows.length} pastes, kind ${pct(kind)}, retry ${pct(retry)}, status ${pct(status)}, printer right or unnamed ${pct(printer)}`);
    const floor = FIRST_CONTACT[file]!;
    const rounded = (x: number) => Math.round(x * 1000) / 1000;
    expect(rounded(kind)).toBeGreaterThanOrEqual(KIND_FLOOR_LOWERED[file]?.kind ?? floor.kind);
    expect(rounded(retry)).toBeGreaterThanOrEqual(RETRY_FLOOR_LOWERED[file]?.retry ?? floor.retry);
    expect(rounded(status)).toBeGreaterThanOrEqual(KIND_FLOOR_LOWERED[file]?.status ?? floor.status);
  });

  it('the pooled batches stay at or above the pooled floor', () => {
    const batches = Object.keys(FIRST_CONTACT);
    const pooledFiles = batches.slice(0, batches.indexOf(POOLED_FLOOR.through) + 1);
    expect(pooledFiles.length).toBeGreaterThan(0);
    const rows = pooledFiles.flatMap(load);
    const results = rows.map((row) => ({ row, d: classify(row.text) }));
    const stated = results.filter((r) => r.row.expected.status !== null);
    const floor = (x: number) => Math.floor(x * 1000) / 1000;
    const pooled = {
      kind: floor(results.filter((r) => r.d.kind === r.row.expected.kind).length / rows.length),
      retry: floor(results.filter((r) => r.d.retryable === r.row.expected.retryable).length / rows.length),
      status: floor(stated.filter((r) => r.d.status === r.row.expected.status).length / stated.length),
    };
    console.log(`${pooledFiles.length} pooled batches, ${rows.length} pastes: kind ${pooled.kind}, retry ${pooled.retry}, status ${pooled.status}`);
    expect(pooled.kind).toBeGreaterThanOrEqual(POOLED_FLOOR.kind);
    expect(pooled.retry).toBeGreaterThanOrEqual(POOLED_FLOOR.retry);
    expect(pooled.status).toBeGreaterThanOrEqual(POOLED_FLOOR.status);
  });
});

import { searchTags } from '@/db/queries/taxonomy-write';
import { pickerResponse } from '../respond';

/** GET /api/cms/tags?q=: tags for the event form's picker (editors only). */
export async function GET(request: Request) {
  return pickerResponse(request, (q) => searchTags(q));
}

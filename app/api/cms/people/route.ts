import { searchPeople } from '@/db/queries/taxonomy-write';
import { pickerResponse } from '../respond';

/** GET /api/cms/people?q=: people for the event form's picker (editors only). */
export async function GET(request: Request) {
  return pickerResponse(request, (q) => searchPeople(q));
}

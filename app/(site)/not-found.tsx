import { NotFoundContent } from '@/components/site/not-found-content';

// notFound() from a public page renders here, inside the (site) layout.
export default function SiteNotFound() {
  return <NotFoundContent />;
}

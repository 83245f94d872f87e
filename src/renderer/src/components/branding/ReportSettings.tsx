import { BrandingCard } from './BrandingCard';
import { FieldworkCard } from './FieldworkCard';
import { ReportLayoutCard } from './ReportLayoutCard';

/** Settings → the report's branding and layout, followed by the PDF and the deck alike. */
export function ReportSettings() {
  return (
    <>
      <BrandingCard />
      <ReportLayoutCard />
      <FieldworkCard />
    </>
  );
}

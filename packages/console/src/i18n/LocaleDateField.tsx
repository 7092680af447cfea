import { DateField, type DateFieldProps, useLocaleState } from 'react-admin';
import { dateLocale } from './format.ts';

/** react-admin's DateField in the console's language rather than the browser's. */
export function LocaleDateField(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return <DateField locales={dateLocale(locale)} {...props} />;
}

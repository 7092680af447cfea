import { Admin, Resource } from 'react-admin';
import agencies from './agencies/index.ts';
import { i18nProvider } from './i18n/index.ts';
import { authProvider } from './providers/authProvider.ts';
import { dataProvider } from './providers/dataProvider.ts';

export function App() {
  return (
    <Admin
      title="ZI Workbench"
      disableTelemetry
      requireAuth
      authProvider={authProvider}
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
    >
      <Resource name="agencies" {...agencies} />
    </Admin>
  );
}

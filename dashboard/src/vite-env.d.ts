/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The gateway's GraphQL URL when the dashboard is hosted on another origin; /graphql otherwise. */
  readonly VITE_GRAPHQL_URL?: string;
  /** The reporting organisation of IATI exports: its identifier and name. */
  readonly VITE_IATI_ORG_REF?: string;
  readonly VITE_IATI_ORG_NAME?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

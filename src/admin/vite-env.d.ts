/** Set by the admin bundler from medusa-config's `admin.backendUrl` ("/" = the page's own origin). */
declare const __BACKEND_URL__: string | undefined

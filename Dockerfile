# Production image: one image for the server and the worker; MEDUSA_WORKER_MODE picks the role.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV MEDUSA_DISABLE_TELEMETRY=true
COPY package.json package-lock.json ./
# The lock holds every platform's optional packages, so npm ci accepts it on any machine;
# CI runs this stage's and the runtime stage's installs (scripts/check-docker-install.js).
RUN npm ci --no-audit --no-fund
COPY . .
# Backend and admin (medusa build), then the seller panel into the same public/ folder.
RUN npm run build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    MEDUSA_DISABLE_TELEMETRY=true \
    PORT=9000
COPY --from=build /app/.medusa/server ./
COPY --from=build /app/package-lock.json ./package-lock.json
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY docker/entrypoint.sh /usr/local/bin/marketplace-entrypoint
USER node
EXPOSE 9000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:9000/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
ENTRYPOINT ["marketplace-entrypoint"]
CMD ["start"]

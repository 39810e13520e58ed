# syntax=docker/dockerfile:1

# Reverse Mentor — build once, run as a small non-root image.
#   docker build -t reverse-mentor .
#   docker run --env-file .env -v reverse-mentor-data:/data -p 3000:3000 reverse-mentor
# With SLACK_APP_TOKEN set the app uses Socket Mode and needs no inbound port for Slack, but still serves
# GET /healthz on PORT for the HEALTHCHECK below.

# --- build: compile TypeScript and the native better-sqlite3 addon -------------------------------------------
FROM node:20-bookworm-slim AS build

# better-sqlite3 falls back to compiling from source (node-gyp) when no prebuilt binary fits.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# Dependencies first, so this layer is cached until the lockfile changes.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# --- runtime -----------------------------------------------------------------------------------------------------
# Same base as the build stage, so the compiled addon matches its glibc and Node ABI.
FROM node:20-bookworm-slim AS runtime

ENV NODE_ENV=production \
    DATABASE_PATH=/data/reverse-mentor.db \
    PORT=3000

WORKDIR /app

# Code stays owned by root and read-only to the app; only /data is writable by the `node` user.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/migrations ./migrations

# Create /data before declaring the volume so a fresh named volume inherits node's ownership and its mode:
# owner-only (0700), like every folder and file the app makes itself (src/db/files.ts).
RUN mkdir -p /data && chown node:node /data && chmod 0700 /data
VOLUME /data

USER node

EXPOSE 3000

# No curl in the slim image: Node 20's fetch does the check. Exec form, so PORT is read from the environment
# by the script itself.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || '3000') + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# Node is PID 1: the app handles SIGTERM itself (graceful shutdown in src/index.ts).
CMD ["node", "dist/cli.js", "start"]

# The advisor in a container: the static build served by unprivileged nginx (user 101, port 8080) with the tested
# configuration, the same deploy/ files that `npm run serve` and the browser tests run.
#   docker build -t rancher-strategy-advisor .
#   docker run --rm -p 8080:8080 --read-only --tmpfs /tmp rancher-strategy-advisor

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM nginxinc/nginx-unprivileged:1.28-alpine
# The image's nginx.conf includes conf.d/*.conf in its http block and keeps its pid and temporary files in /tmp.
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY deploy/security-headers.conf /etc/nginx/security-headers.conf
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 8080

# One image per service, from one file: docker build --target user-service -t musicplayer/user-service .
# Build the jars first (make build); the build context is the repository root.
# Each image: a JRE, a non-root user, a HEALTHCHECK on /health, configuration from the environment.

FROM eclipse-temurin:17-jre AS base
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system musicplayer \
 && useradd --system --gid musicplayer --home-dir /app --shell /usr/sbin/nologin musicplayer \
 && mkdir -p /app /data \
 && chown musicplayer:musicplayer /data
WORKDIR /app
ENV MUSICPLAYER_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
USER musicplayer
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS "http://localhost:${SERVER_PORT}/health" || exit 1

FROM base AS auth-service
ENV SERVER_PORT=8000
EXPOSE 8000
COPY --chown=root:root auth-service/target/auth-service-*-exec.jar /app/app.jar

FROM base AS album-service
ENV SERVER_PORT=8001
EXPOSE 8001
COPY --chown=root:root album-service/target/album-service-*-exec.jar /app/app.jar

FROM base AS song-service
ENV SERVER_PORT=8002
EXPOSE 8002
COPY --chown=root:root song-service/target/song-service-*-exec.jar /app/app.jar

FROM base AS user-service
ENV SERVER_PORT=8003
EXPOSE 8003
COPY --chown=root:root user-service/target/user-service-*-exec.jar /app/app.jar

# media-service reads tags of Opus files and transcodes with ffmpeg; covers need fonts only for the demo
FROM base AS media-service
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg fontconfig fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
USER musicplayer
ENV SERVER_PORT=8004
EXPOSE 8004
COPY --chown=root:root media-service/target/media-service-*-exec.jar /app/app.jar

FROM base AS playlist-service
ENV SERVER_PORT=8005
EXPOSE 8005
COPY --chown=root:root playlist-service/target/playlist-service-*-exec.jar /app/app.jar

# The gateway: one origin on 8080 (the API routes and the web player). Build the player first
# (make web: web/dist); it needs no database and no data volume.
FROM base AS gateway
ENV SERVER_PORT=8080 \
    MUSICPLAYER_WEB_DIR=/app/web
EXPOSE 8080
COPY --chown=root:root gateway/target/gateway-*-exec.jar /app/app.jar
COPY --chown=root:root web/dist /app/web

# subsonic-service streams and transcodes with the media module, so it needs ffmpeg too
FROM base AS subsonic-service
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg \
 && rm -rf /var/lib/apt/lists/*
USER musicplayer
ENV SERVER_PORT=4533
EXPOSE 4533
COPY --chown=root:root subsonic-service/target/subsonic-service-*-exec.jar /app/app.jar

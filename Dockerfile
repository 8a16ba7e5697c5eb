# The gcm-kg server as a container image, with one generation of the store built into it.
#
#   docker build -t gcm-kg:0.1.0 .
#   docker run -p 3030:3030 gcm-kg:0.1.0
#
# Every container of one image serves a copy of the same generation, which `load` built once, when the image was
# built: replicas answer alike, and a new generation is a new image (docs/deploy.md). Not built or run by the
# project's tests, which have no container engine; ReplicasIT tests the same arrangement with two processes.

# --- Build the jar, then the store, once ------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp dependency:go-offline
COPY src src
COPY ontology ontology
COPY data data
COPY queries queries
RUN mvn -B -ntp -Dmaven.test.skip=true package \
 && java -jar target/gcm-kg.jar load --corpus data/corpus --store /srv/store

# --- Run it ------------------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --home-dir /srv gcm
WORKDIR /srv
COPY --from=build /src/target/gcm-kg.jar /srv/gcm-kg.jar
COPY --from=build /src/data /srv/data
COPY --from=build --chown=gcm:gcm /srv/store /srv/store
USER gcm
EXPOSE 3030
# /health answers 200 once the store is open; the proxy and the orchestrator both use it.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS http://127.0.0.1:3030/health || exit 1
# Listen on every interface of the container; the reverse proxy in front terminates TLS. Give --public-url the
# public base URL (e.g. with `docker run ... gcm-kg:0.1.0 --public-url https://gcm.example.org`).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/srv/gcm-kg.jar", "serve", \
            "--host", "0.0.0.0", "--port", "3030", "--corpus", "/srv/data/corpus", "--store", "/srv/store", \
            "--vocab", "/srv/data/vocab"]

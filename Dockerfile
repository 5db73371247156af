# Build: ./mvnw -B package -DskipTests && docker build -t crm-connector .
FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 10001 crm && mkdir -p /app/data /app/inbox /app/connectors /app/routes && chown -R crm /app
COPY target/crm-connector-*.jar /app/crm-connector.jar
COPY connectors/ /app/connectors/
COPY routes/ /app/routes/
USER crm
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/crm-connector.jar"]

package org.gamescloud.live.internal;

import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.gamescloud.live.LiveUpdatePublished;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several nodes: the publishing node sends each stored update to a Kafka topic, and every node (itself included)
 * consumes the whole topic in a consumer group of its own and hands the updates to its hub, which drops the ones it
 * already has. Ordering across partitions does not matter: the hub fills id gaps from the stored log.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "games.live.bus", havingValue = "kafka")
class KafkaLiveBus implements LiveBus {

    private final KafkaTemplate<String, String> kafka;
    private final LiveHub hub;
    private final JsonMapper json;
    private final LiveProperties properties;

    KafkaLiveBus(KafkaTemplate<String, String> kafka, LiveHub hub, JsonMapper json, LiveProperties properties) {
        this.kafka = kafka;
        this.hub = hub;
        this.json = json;
        this.properties = properties;
    }

    @Bean
    NewTopic liveTopic(LiveProperties properties) {
        return TopicBuilder.name(properties.topic()).partitions(1).replicas(1).build();
    }

    @Override
    public void send(List<LiveUpdatePublished> updates) {
        for (LiveUpdatePublished update : updates) {
            kafka.send(properties.topic(), String.valueOf(update.id()), json.writeValueAsString(update));
        }
        kafka.flush();
    }

    @KafkaListener(
            topics = "${games.live.topic:games.live}",
            groupId = "#{'games-live-' + T(java.util.UUID).randomUUID()}",
            properties = "auto.offset.reset=earliest")
    void receive(String update) {
        hub.dispatch(List.of(json.readValue(update, LiveUpdatePublished.class)));
    }
}

package org.gamescloud.live.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    /**
     * The threads that write to SSE clients. A write to a client that stopped reading blocks its thread until the
     * socket times out, so with platform threads a pool bounds the damage; with virtual threads (Java 21+) every
     * drain gets its own.
     */
    @Bean(destroyMethod = "")
    Executor liveWriters(LiveProperties properties, Environment environment) {
        if (Threading.VIRTUAL.isActive(environment)) {
            SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("live-writer-");
            executor.setVirtualThreads(true);
            return executor;
        }
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                properties.writerThreads(),
                properties.writerThreads(),
                30,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                new CustomizableThreadFactory("live-writer-"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}

// Starts an embedded Neo4j Community DBMS with Bolt on 127.0.0.1 for local use and tests: java -cp 'lib/*' Launcher.java DIR PORT [--watch-stdin]
// The page cache is small (128 MB) unless -Dneo4j.pagecache.mb=N says otherwise.
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("neo4j-local: usage: java -cp 'lib/*' Launcher.java DIR PORT [--watch-stdin]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        boolean watchStdin = args.length > 2 && args[2].equals("--watch-stdin");

        // Auth is off because this server only listens on loopback and exists for development and tests.
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(Long.getLong("neo4j.pagecache.mb", 128L)))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                .build();
        // Touch the default database so "ready" means queries will be answered.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }));
        System.out.println("neo4j-local: ready bolt://127.0.0.1:" + port + " (data in " + home + ")");
        System.out.flush();

        if (watchStdin) {
            // The parent holds our stdin; when it goes away (EOF), shut down instead of lingering.
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    while (in.read() != -1) { /* ignore input */ }
                } catch (IOException ignored) { }
                System.exit(0);
            });
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }
}

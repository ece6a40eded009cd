package org.helpdesk.jtapi.sip;


import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A real softphone for tests: headless baresip that auto-answers, plays a WAV file as its microphone and reports
 * call events (CALL_ESTABLISHED, CALL_RTPESTAB, CALL_CLOSED) over its ctrl_tcp socket.
 */
final class Baresip implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/baresip");

    private final Process process;
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final Socket control;
    private final Path home;

    private Baresip(String user, int sipPort, int controlPort, int rtpFrom) throws IOException {
        home = Path.of("target/baresip", user + "-" + sipPort).toAbsolutePath();
        Files.createDirectories(home);
        Path tone = home.resolve("tone.wav");
        writeTone(tone);
        Files.writeString(home.resolve("config"), String.join("\n",
                "poll_method epoll",
                "sip_listen 127.0.0.1:" + sipPort,
                "net_interface 127.0.0.1",
                "audio_player alsa,null",
                "audio_alert alsa,null",
                "audio_source aufile," + tone,
                "rtp_ports " + rtpFrom + "-" + (rtpFrom + 3),
                "module_path /usr/lib/baresip/modules",
                "module g711.so",
                "module aufile.so",
                "module alsa.so",
                "module ctrl_tcp.so",
                "module_app account.so",
                "ctrl_tcp_listen 127.0.0.1:" + controlPort, ""));
        Files.writeString(home.resolve("accounts"),
                "<sip:" + user + "@127.0.0.1:" + sipPort + ">;regint=0;answermode=auto\n");
        Files.writeString(home.resolve("contacts"), "");
        process = new ProcessBuilder(BINARY.toString(), "-f", home.toString()).redirectErrorStream(true)
                .redirectOutput(home.resolve("baresip.out").toFile()).start();
        control = Awaitility.await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> new Socket(InetAddress.getLoopbackAddress(), controlPort), socket -> socket != null);
        Thread reader = new Thread(this::readEvents, "baresip-events-" + user);
        reader.setDaemon(true);
        reader.start();
    }

    /** Fails the test when baresip is not installed (.ci/run installs it): never a silent skip. */
    static void requireInstalled() {
        InstalledTool.require(BINARY, "baresip-core");
    }

    static Baresip phone(String user, int sipPort, int controlPort, int rtpFrom) {
        try {
            return new Baresip(user, sipPort, controlPort, rtpFrom);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ctrl_tcp event types received so far, e.g. CALL_ESTABLISHED, CALL_RTPESTAB. */
    List<String> events() {
        return events;
    }

    String describe() throws IOException {
        return "baresip " + home + ":\n" + Files.readString(home.resolve("baresip.out")) + "\nevents: " + events;
    }

    private void readEvents() {
        StringBuilder buffer = new StringBuilder();
        byte[] chunk = new byte[4096];
        try (InputStream in = control.getInputStream()) {
            int read;
            while ((read = in.read(chunk)) > 0) {
                buffer.append(new String(chunk, 0, read, StandardCharsets.UTF_8));
                int at;
                while ((at = buffer.indexOf("\"type\":\"")) >= 0) {
                    int end = buffer.indexOf("\"", at + 8);
                    if (end < 0) {
                        break;
                    }
                    events.add(buffer.substring(at + 8, end));
                    buffer.delete(0, end);
                }
            }
        } catch (IOException e) {
            // the phone was closed
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        control.close();
        process.destroy();
        if (!process.waitFor(3, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** Two seconds of a 440 Hz tone, 8 kHz mono 16-bit PCM. */
    private static void writeTone(Path file) throws IOException {
        int samples = 16000;
        try (OutputStream raw = Files.newOutputStream(file); DataOutputStream out = new DataOutputStream(raw)) {
            out.writeBytes("RIFF");
            out.writeInt(Integer.reverseBytes(36 + samples * 2));
            out.writeBytes("WAVEfmt ");
            out.writeInt(Integer.reverseBytes(16));
            out.writeShort(Short.reverseBytes((short) 1));
            out.writeShort(Short.reverseBytes((short) 1));
            out.writeInt(Integer.reverseBytes(8000));
            out.writeInt(Integer.reverseBytes(16000));
            out.writeShort(Short.reverseBytes((short) 2));
            out.writeShort(Short.reverseBytes((short) 16));
            out.writeBytes("data");
            out.writeInt(Integer.reverseBytes(samples * 2));
            for (int i = 0; i < samples; i++) {
                out.writeShort(Short.reverseBytes((short) (8000 * Math.sin(2 * Math.PI * 440 * i / 8000.0))));
            }
        }
    }
}

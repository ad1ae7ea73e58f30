package org.advisorydesk.dashboard;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.advisorydesk.DeskTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The managers' mails of the dashboard received by a real SMTP server. The alert and digest tests
 * share this one context (its own database and engine, as the notification mail test has).
 */
@DeskTest
abstract class ManagersMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
        registry.add("advisorydesk.dashboard.base-url", () -> "https://desk.example.org/");
        // Camunda registers engines per JVM by name (no hyphens allowed)
        registry.add("camunda.bpm.process-engine-name", () -> "managersMailTest");
    }

    /** The mails received with this in their subject. */
    static List<MimeMessage> received(String subjectPart) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(mail -> subject(mail).contains(subjectPart)).toList();
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MimeMessage mail) {
        return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("\r\n", "\n");
    }

    static List<String> recipients(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

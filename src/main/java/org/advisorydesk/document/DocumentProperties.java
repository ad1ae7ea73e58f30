package org.advisorydesk.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded documents. Keep {@code maxSize} at or below
 * {@code spring.servlet.multipart.max-file-size}: beyond that Spring refuses the upload itself (413).
 */
@ConfigurationProperties("advisorydesk.documents")
public record DocumentProperties(@DefaultValue("20MB") DataSize maxSize) {
}

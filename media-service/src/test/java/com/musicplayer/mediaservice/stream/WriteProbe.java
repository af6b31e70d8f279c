package com.musicplayer.mediaservice.stream;

import com.musicplayer.media.stream.RangeResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Watches, for requests that carry {@code X-Probe: <name>}, how many body bytes the application
 * wrote through the servlet output stream (a copy through a Java buffer) and which file it handed to
 * Tomcat's sendfile — so a test can show that a local file goes out without passing through the heap.
 */
@TestConfiguration(proxyBeanMethods = false)
class WriteProbe {

    record Seen(long bytesWritten, String sendfile, Long start, Long end) {}

    static final Map<String, Seen> SEEN = new ConcurrentHashMap<>();

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> writeProbeFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String probe = request.getHeader("X-Probe");
                if (probe == null) {
                    chain.doFilter(request, response);
                    return;
                }
                Counting counting = new Counting(response);
                chain.doFilter(request, counting);
                SEEN.put(
                        probe,
                        new Seen(
                                counting.written,
                                (String) request.getAttribute(RangeResponses.SENDFILE_FILENAME),
                                (Long) request.getAttribute(RangeResponses.SENDFILE_START),
                                (Long) request.getAttribute(RangeResponses.SENDFILE_END)));
            }
        });
        // outermost: sees every byte any later filter or the handler writes
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static final class Counting extends HttpServletResponseWrapper {
        long written;
        private ServletOutputStream stream;

        Counting(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream inner = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        written++;
                        inner.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        written += len;
                        inner.write(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        inner.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return inner.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        inner.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}

package org.gatepass.notify.email.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.angus.activation.MailcapRegistryProviderImpl;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * The context class loader Jakarta Mail needs inside OSGi. Mail and Activation find their providers (SMTP,
 * stream encoders, mailcap content handlers) with ServiceLoader and META-INF files through the thread's
 * context class loader; those files live in two bundles, Angus Mail and Angus Activation, so this loader
 * looks in both. Used only for the duration of one mail operation.
 */
final class MailClassLoader extends ClassLoader {
    private static final MailClassLoader INSTANCE = new MailClassLoader();
    private final List<ClassLoader> delegates = List.of(SMTPTransport.class.getClassLoader(),
            MailcapRegistryProviderImpl.class.getClassLoader());

    private MailClassLoader() {
        super(null);
    }

    /** Runs {@code action} with this context class loader on the current thread. */
    static <T, E extends Exception> T call(MailAction<T, E> action) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(INSTANCE);
        try {
            return action.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** A mail operation and the checked exception it may throw. */
    @FunctionalInterface
    interface MailAction<T, E extends Exception> {
        T run() throws E;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader delegate : delegates) {
            try {
                return delegate.loadClass(name);
            } catch (ClassNotFoundException e) {
                // try the next bundle
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader delegate : delegates) {
            URL url = delegate.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (ClassLoader delegate : delegates) {
            urls.addAll(Collections.list(delegate.getResources(name)));
        }
        return Collections.enumeration(urls);
    }
}

package org.gatepass.secrets.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.core.secret.SecretStoreException;

/**
 * {@code gatepass-secret}: stores or removes a secret from a terminal or a provisioning script, so that an
 * installation without the settings pages (a headless station, a webhook plug-in) can be given its secrets.
 * The secret is read from standard input (the script turns the terminal's echo off), never from the
 * command line where other users could see it in the process list.
 */
public final class SecretCommand implements IApplication {
    static final String USAGE = "usage: gatepass-secret put <key>   (the secret is read from standard input)\n"
            + "       gatepass-secret remove <key>\n"
            + "       gatepass-secret check <key>   (exit 0 when a secret is stored under <key>)";

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        try {
            return run(args, new SecureStorageSecretStore(), System.in, System.out, System.err);
        } catch (SecretStoreException | IllegalArgumentException e) {
            System.err.println("gatepass-secret: " + e.getMessage());
            return 1;
        }
    }

    static int run(String[] args, SecretStore store, InputStream in, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println(USAGE);
            return 2;
        }
        String key = args[1];
        switch (args[0]) {
            case "put" -> {
                String secret = firstLine(in);
                if (secret == null || secret.isEmpty()) {
                    err.println("gatepass-secret: no secret given for " + key + "; nothing stored");
                    return 1;
                }
                store.put(key, secret);
                out.println("Stored the secret " + key + ".");
                return 0;
            }
            case "remove" -> {
                store.remove(key);
                out.println("Removed the secret " + key + ".");
                return 0;
            }
            case "check" -> {
                boolean stored = store.get(key).isPresent();
                out.println(stored ? "A secret is stored under " + key + "." : "No secret is stored under " + key + ".");
                return stored ? 0 : 1;
            }
            default -> {
                err.println(USAGE);
                return 2;
            }
        }
    }

    private static String firstLine(InputStream in) {
        try {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new SecretStoreException("Cannot read the secret from standard input: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        // runs to completion in start
    }
}

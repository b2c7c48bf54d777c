package org.gatepass.core.security;

/**
 * The check every service makes before it acts. An operator's actor passes only while its session lives and
 * the operator's current role (an administrator may have changed it since) grants the permission; a system
 * principal passes with the {@link Role#SYSTEM} permissions.
 */
public interface AccessControl {

    /** @throws AccessDeniedException naming the actor and the permission */
    void require(Actor actor, Permission permission);

    /** Like {@link #require} without throwing. */
    boolean allows(Actor actor, Permission permission);
}

/**
 * The use case services: each reads as a short script of lookups and port calls. The step loop
 * itself is {@link dev.gradus.app.service.RunEngine}, which allocates nothing per step and does O(n)
 * work around the optimizer's own update.
 */
package dev.gradus.app.service;

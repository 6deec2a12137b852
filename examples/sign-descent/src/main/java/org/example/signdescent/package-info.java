/**
 * Sign descent as a Gradus optimizer plugin: an example of a third-party plugin that depends on the
 * Gradus API alone and proves itself with the Gradus TCK.
 */
package org.example.signdescent;

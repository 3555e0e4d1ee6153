/**
 * What an application's own Jackson mapper instantiates when it binds a {@link org.backpainkb.model.Case}
 * or one of its values: alone in its package so that the module opens Jackson this one class, not the
 * rest of the internals. Not an API.
 */
package org.backpainkb.internal.binding;

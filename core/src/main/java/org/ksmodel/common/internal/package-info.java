/**
 * Helpers of the value types of the model: the Immutables style they share and their construction
 * checks. Not exported by the module and not part of the API; it may change without notice.
 */
package org.ksmodel.common.internal;

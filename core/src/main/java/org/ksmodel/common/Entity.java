package org.ksmodel.common;

/**
 * An aggregate that a dataset holds and that can be exchanged on its own: an institution, a
 * solution, a partnership, a funding, a results framework or a knowledge request. Each has a typed
 * id, and the pair of kind and id is unique in a valid dataset.
 *
 * <p>Implemented by the model's aggregates only; an integrator's class that implements it is not
 * one of them, and the JSON format and the validator refuse it.
 */
public interface Entity {
  /** {@return the entity's id, of the type that matches its kind} */
  EntityId id();

  /** {@return which of the kinds of aggregate this is} */
  EntityKind kind();
}

package io.github.vsoko.model.plan;

import io.github.vsoko.model.framework.Instrument;
import io.github.vsoko.model.framework.Participant;
import io.github.vsoko.model.framework.Procedure;
import io.github.vsoko.model.framework.Product;
import io.github.vsoko.model.framework.Resource;
import io.github.vsoko.model.framework.VsokoDocument;
import io.github.vsoko.model.internal.Checks;
import java.util.List;

/**
 * A school's ВСОКО as designed (модель ВСОКО, the criteria of a ВСОКО model): its documents, participants, procedures,
 * instruments, resources and products, its plan of functioning and its road maps. The assessment
 * objects are those of the plan's items.
 *
 * @param documents documents of the ВСОКО
 * @param participants participants (субъекты) and their functions
 * @param procedures assessment procedures
 * @param instruments instruments
 * @param resources resources
 * @param products products
 * @param plan the plan of functioning for the year
 * @param roadMaps road maps in force
 * @since 0.1.0
 */
public record VsokoModel(
    List<VsokoDocument> documents,
    List<Participant> participants,
    List<Procedure> procedures,
    List<Instrument> instruments,
    List<Resource> resources,
    List<Product> products,
    VsokoPlan plan,
    List<RoadMap> roadMaps) {

  /** Validates the model. */
  public VsokoModel {
    documents = Checks.list(documents, "documents");
    participants = Checks.list(participants, "participants");
    procedures = Checks.list(procedures, "procedures");
    instruments = Checks.list(instruments, "instruments");
    resources = Checks.list(resources, "resources");
    products = Checks.list(products, "products");
    Checks.notNull(plan, "plan");
    roadMaps = Checks.list(roadMaps, "road maps");
  }

  /** A copy with another plan. */
  public VsokoModel withPlan(VsokoPlan other) {
    return new VsokoModel(documents, participants, procedures, instruments, resources, products, other, roadMaps);
  }
}

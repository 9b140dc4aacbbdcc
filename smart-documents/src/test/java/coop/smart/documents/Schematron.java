package coop.smart.documents;

import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import com.helger.xml.serialize.read.DOMReader;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;

/**
 * The official validation artefacts, run by phive: the XML schema, then the EN 16931 and the
 * Peppol BIS Billing 3.0 Schematron rules (release 2026.05, in force since 17 August 2026).
 */
final class Schematron {

  static final DVRCoordinate PEPPOL_INVOICE = PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3;
  static final DVRCoordinate PEPPOL_CREDIT_NOTE = PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3;
  static final DVRCoordinate EN16931_INVOICE = EN16931Validation.VID_UBL_INVOICE_1316;
  static final DVRCoordinate EN16931_CREDIT_NOTE = EN16931Validation.VID_UBL_CREDIT_NOTE_1316;
  static final DVRCoordinate EN16931_CII = EN16931Validation.VID_CII_1316;

  private static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY = new ValidationExecutorSetRegistry<>();

  static {
    EN16931Validation.initEN16931(REGISTRY);
    PeppolValidation.initStandard(REGISTRY);
  }

  private Schematron() {
  }

  /** Every error (fatal or error level) the rules of {@code rules} find in {@code xml}, each with its rule and location. */
  static List<String> errors(DVRCoordinate rules, byte[] xml) {
    Document document = DOMReader.readXMLDOM(xml);
    ValidationResultList results = ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(),
        REGISTRY.getOfID(rules), ValidationSourceXML.create(rules.getAsSingleID(), document));
    return results.getAllErrors().stream()
        .map(error -> error.getErrorID() + " " + error.getErrorText(Locale.ENGLISH) + " at " + error.getErrorFieldName())
        .toList();
  }
}

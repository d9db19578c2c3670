/** An application of a library user: it names ksmodel's modules and nothing of their insides. */
module org.example.consumer {
  requires org.ksmodel.core;
  requires org.ksmodel.json;
}
